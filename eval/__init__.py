"""The public eval set and the accuracy script."""
