"""The portal's site search: one search box over pages, directory records and guide documents.

``selectors`` holds the read functions the views call, ``backends`` the language-aware Wagtail
search backends (database or Elasticsearch/OpenSearch) and the fallback between them.
"""
