"""Qt item models that page through SQL listings (filtered and sorted in SQL, DESIGN §7)."""
