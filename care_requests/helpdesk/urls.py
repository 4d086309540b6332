from django.urls import path

from . import views

app_name = "care_requests_admin"

urlpatterns = [
    path("", views.QueueView.as_view(), name="index"),
    path("<int:pk>/", views.DetailView.as_view(), name="detail"),
    path("<int:pk>/delete/", views.DeleteView.as_view(), name="delete"),
    path("export/", views.ExportView.as_view(), name="export"),
    path("report/", views.ReportView.as_view(), name="report"),
    path("people/", views.PeopleView.as_view(), name="people"),
    path("audit/", views.AuditLogView.as_view(), name="audit"),
]
