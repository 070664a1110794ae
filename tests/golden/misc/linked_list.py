# A singly linked list with iteration, reversal and repr.
class Node:
    def __init__(self, value, next=None):
        self.value, self.next = value, next
class LinkedList:
    def __init__(self, values=()):
        self.head = None
        for v in reversed(list(values)):
            self.head = Node(v, self.head)
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
    def __repr__(self):
        return " -> ".join(map(repr, self)) or "empty"
ll = LinkedList([1, 2, 3, "four"])
print(ll, len(list(ll)), 3 in ll)
ll.reverse()
print(ll)
print(LinkedList())
