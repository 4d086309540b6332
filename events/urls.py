from django.urls import path

from . import views

app_name = "events"

urlpatterns = [
    path("<int:event_id>/sign-up/", views.signup, name="signup"),
    path("sign-up/<str:proof>/", views.signup_done, name="signup_done"),
    path("cancel/<str:token>/", views.cancel, name="cancel"),
]
