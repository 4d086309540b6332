"""Elasticsearch 8 (or OpenSearch through its Elasticsearch-compatible API) with per-language analyzers.

One index per model root, as in Wagtail, and a language sub-field on every text field: the main
field is analysed language-neutrally (standard tokenizer, lower case, accents folded: what
Luxembourgish uses), and ``<field>.fr``, ``<field>.de`` and ``<field>.en`` with the French,
German and English analyzers (elision, stop words, light stemming, accents folded). The analyzers
reach the cluster through the documented ``INDEX_SETTINGS`` option (``site_search.config``); the
sub-fields and the queries on them are ``extensions.ElasticsearchLanguageFields``. A backend
created with ``LANGUAGE`` queries that language's sub-fields; records are filtered by their
``locale`` as on the database backend. ``update_index`` (re)builds the indexes.
"""

from elastic_transport import TransportError
from elasticsearch import ApiError
from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend

from site_search.backends import LanguageMixin
from site_search.backends.extensions import ElasticsearchLanguageFields


class ElasticsearchLanguageSearchBackend(LanguageMixin, ElasticsearchLanguageFields, Elasticsearch8SearchBackend):
    unavailable_errors = (TransportError, ApiError)


SearchBackend = ElasticsearchLanguageSearchBackend
