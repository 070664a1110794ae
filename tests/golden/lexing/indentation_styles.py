# Different indentation widths per block are legal as long as they are consistent.
def f(n):
  if n > 0:
          return "positive"
  else:
   return "non-positive"
print(f(1), f(-1))
for i in range(2):
 print(i)
 if i:
        print("odd")
class A:
	def m(self):
		return "tabs"
print(A().m())
