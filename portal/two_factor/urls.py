from django.urls import path

from portal.two_factor import views

app_name = "two_factor"
urlpatterns = [
    path("verify/", views.verify, name="verify"),
    path("set-up/", views.enrol, name="enrol"),
    path("", views.manage, name="manage"),
    path("reset/<int:user_id>/", views.reset, name="reset"),
]
