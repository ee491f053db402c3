"""The owners' admin API: decisions behind functions/admin (auth, inventory, settings, audit)."""
