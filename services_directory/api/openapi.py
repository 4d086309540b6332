"""The OpenAPI 3.1 description of the portal's HSDS API (the HSDS 3.0 reference API, as implemented here)."""

from django.conf import settings

SCHEMA_BASE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"

PARAMETERS = {
    "search": {
        "in": "query",
        "name": "search",
        "description": "Words in the name or description.",
        "schema": {"type": "string", "pattern": "^[^\\x00]*$"},
    },
    "page": {
        "in": "query",
        "name": "page",
        "schema": {"type": "integer", "minimum": 1, "maximum": 1_000_000, "default": 1},
    },
    "per_page": {
        "in": "query",
        "name": "per_page",
        "schema": {"type": "integer", "minimum": 1, "maximum": 200, "default": 50},
    },
    "format": {
        "in": "query",
        "name": "format",
        "schema": {"type": "string", "enum": ["json", "csv"], "default": "json"},
    },
    "full": {
        "in": "query",
        "name": "full",
        "description": "Fully nested objects in lists.",
        "schema": {"type": "boolean", "default": False},
    },
    "taxonomy_term_id": {"in": "query", "name": "taxonomy_term_id", "schema": {"type": "string", "format": "uuid"}},
    "taxonomy_id": {"in": "query", "name": "taxonomy_id", "schema": {"type": "string", "format": "uuid"}},
    "organization_id": {"in": "query", "name": "organization_id", "schema": {"type": "string", "format": "uuid"}},
    "modified_after": {
        "in": "query",
        "name": "modified_after",
        "description": (
            "Records changed after this moment: an ISO 8601 date (midnight in Luxembourg) or date-time "
            "(Luxembourg time when it has no offset)."
        ),
        "schema": {"type": "string", "anyOf": [{"format": "date"}, {"format": "date-time"}]},
    },
}


def _lang() -> dict:
    codes = [code for code, _name in settings.LANGUAGES]
    return {
        "in": "query",
        "name": "lang",
        "description": f"Language of the texts: {settings.LANGUAGE_CODE} (default), {', '.join(codes)}. "
        "Ids are the same in every language.",
        "schema": {"type": "string", "enum": codes},
    }


def _commune(codes: list[str]) -> dict:
    return {
        "in": "query",
        "name": "commune",
        "description": "LAU2 code of a commune (e.g. 0214): services serving it or located in it.",
        "schema": {"type": "string", "enum": codes},
    }


PAGE = {
    "type": "object",
    "properties": {
        "total_items": {"type": "integer"},
        "total_pages": {"type": "integer"},
        "page_number": {"type": "integer"},
        "size": {"type": "integer"},
        "first_page": {"type": "boolean"},
        "last_page": {"type": "boolean"},
        "empty": {"type": "boolean"},
    },
}


def _ref(name):
    return {"$ref": f"#/components/parameters/{name}"}


def _listing(description, schema, parameters):
    return {
        "get": {
            "summary": description,
            "parameters": [_ref(name) for name in ["lang", "page", "per_page", "format", *parameters]],
            "responses": {
                "200": {
                    "description": description,
                    "content": {
                        "application/json": {
                            "schema": {
                                "allOf": [{"$ref": "#/components/schemas/Page"}],
                                "properties": {"contents": {"type": "array", "items": {"$ref": SCHEMA_BASE + schema}}},
                            }
                        },
                        "text/csv": {"schema": {"type": "string"}},
                    },
                },
                "400": {"description": "A parameter is not valid; the body says which."},
            },
        }
    }


def _detail(description, schema):
    return {
        "parameters": [{"in": "path", "name": "id", "required": True, "schema": {"type": "string", "format": "uuid"}}],
        "get": {
            "summary": description,
            "parameters": [_ref("lang")],
            "responses": {
                "200": {
                    "description": description,
                    "content": {"application/json": {"schema": {"$ref": SCHEMA_BASE + schema}}},
                },
                "400": {"description": "A parameter is not valid; the body says which."},
                "404": {"description": "No published record with this id in this language."},
            },
        },
    }


EVENT_KINDS = ["course", "workshop", "tour", "open_day"]
EVENT = {
    "type": "object",
    "description": "A course, workshop, tour or open day (a portal extension, not part of HSDS).",
    "required": ["id", "name", "description", "kind", "organization_id", "languages", "is_free", "sessions"],
    "properties": {
        "id": {"type": "string", "format": "uuid"},
        "name": {"type": "string"},
        "description": {"type": "string"},
        "kind": {"type": "string", "enum": EVENT_KINDS},
        "organization_id": {"type": "string", "format": "uuid"},
        "location_id": {"type": ["string", "null"], "format": "uuid"},
        "commune": {"type": ["string", "null"], "description": "LAU2 code of the place's commune"},
        "languages": {"type": "array", "items": {"type": "string"}},
        "level": {"type": ["string", "null"]},
        "audience": {"type": "string"},
        "accessibility": {"type": "string"},
        "is_free": {"type": "boolean"},
        "price": {"type": ["string", "null"], "description": "In euros"},
        "capacity": {"type": ["integer", "null"]},
        "signup_required": {"type": "boolean"},
        "sessions": {
            "type": "array",
            "description": "Sessions to come, in Luxembourg time",
            "items": {
                "type": "object",
                "required": ["start", "end"],
                "properties": {
                    "start": {"type": "string", "format": "date-time"},
                    "end": {"type": "string", "format": "date-time"},
                },
            },
        },
    },
}
EVENT_KIND = {
    "in": "query",
    "name": "kind",
    "schema": {"type": "string", "enum": ["course", "workshop", "tour", "open_day"]},
}


def _events_paths() -> dict:
    listing = _listing(
        "Events and courses with a session to come, soonest first", "", ["kind", "organization_id", "commune"]
    )
    listing["get"]["responses"]["200"]["content"]["application/json"]["schema"]["properties"]["contents"]["items"] = {
        "$ref": "#/components/schemas/Event"
    }
    detail = _detail("An event with its sessions to come", "")
    detail["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {"$ref": "#/components/schemas/Event"}
    return {"/events": listing, "/events/{id}": detail}


def openapi_document(server_url: str, *, commune_codes: list[str]) -> dict:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Directory of CIG services in Luxembourg (HSDS 3.0)",
            "version": "1.0.0",
            "summary": "Services of Luxembourg's CIGs and partners: community care, web cafés, environmental teams.",
            "description": (
                "Read-only open data. No authentication; any origin may call it. Texts in French, German, "
                "Luxembourgish and English (lang parameter)."
            ),
            "license": {"name": "CC BY 4.0", "identifier": "CC-BY-4.0"},
        },
        "servers": [{"url": server_url}],
        "paths": {
            "/": {
                "get": {
                    "summary": "Version and profile of this API",
                    "responses": {"200": {"description": "About this API"}},
                }
            },
            "/services": _listing(
                "Services",
                "compiled/service_list.json",
                ["search", "full", "taxonomy_term_id", "taxonomy_id", "organization_id", "commune", "modified_after"],
            ),
            "/services/{id}": _detail("A service with all its related data", "compiled/service.json"),
            "/organizations": _listing(
                "Organisations", "compiled/organization_list.json", ["search", "full", "modified_after"]
            ),
            "/organizations/{id}": _detail("An organisation with its services", "compiled/organization.json"),
            "/service_at_locations": _listing(
                "Services at their places",
                "compiled/service_at_location_list.json",
                ["search", "taxonomy_term_id", "taxonomy_id", "organization_id", "commune", "modified_after"],
            ),
            "/service_at_locations/{id}": _detail("A service at a place", "compiled/service_at_location.json"),
            "/taxonomies": _listing("Taxonomies", "taxonomy.json", []),
            "/taxonomies/{id}": _detail("A taxonomy", "taxonomy.json"),
            "/taxonomy_terms": _listing("Categories", "taxonomy_term.json", ["search"]),
            "/taxonomy_terms/{id}": _detail("A category", "taxonomy_term.json"),
            **_events_paths(),
        },
        "components": {
            "schemas": {"Page": PAGE, "Event": EVENT},
            "parameters": PARAMETERS | {"lang": _lang(), "commune": _commune(commune_codes), "kind": EVENT_KIND},
        },
    }
