"""The coping-skills library: content files, browsing, search and suggestions."""
