"""Training of the extractive answerer's learned selector (`make train`): data, examples, fitting."""
