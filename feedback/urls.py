from django.urls import path

from . import views

urlpatterns = [path("", views.page_feedback, name="page_feedback")]
