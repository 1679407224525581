"""The window: Qt widgets that call the core and the store, never SQL."""
