"""Open data: the directory as an HSDS 3.0 API (see ``views``)."""
