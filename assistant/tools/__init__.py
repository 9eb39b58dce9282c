"""The users' tools beside the chat: trainers' briefings and their export, journalists' quote search."""
