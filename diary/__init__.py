"""Relief Diary: a follow-up diary for thoracic rhizotomy (medial branch RFA) patients."""

__version__ = "0.1.0"
APP_NAME = "Relief Diary"
