# __name__ is "__main__" in the script that is run.
print(__name__)
def main():
    print("main() called")
if __name__ == "__main__":
    main()
