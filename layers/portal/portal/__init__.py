"""Privacy Portal's domain core: event model, detection, classification and storage."""
