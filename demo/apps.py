from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo and synthetic content for development, tests and benchmarks; not installed in production.

    One module per product app (``demo.home``, ``demo.services_directory``, ``demo.pci_guide``,
    ``demo.care_requests``) built with ``demo.toolkit``; ``demo.synthetic`` generates large
    volumes for ``make bench``. The management commands keep their names: ``load_demo_content``,
    ``create_dev_admin``, ``generate_synthetic_directory``, ``generate_synthetic_pages``.
    """

    name = "demo"
    verbose_name = "Demo content"
