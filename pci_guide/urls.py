from django.urls import path

from pci_guide import views

app_name = "pci_guide"

urlpatterns = [
    path("documents/<int:pk>/download/", views.document_download, name="document_download"),
]
