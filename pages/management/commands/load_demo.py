import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from pages.demo.loader import load_demo


class Command(BaseCommand):
    help = "Load the demo site (home, sections, the dry-needling article and its relations) in en, kn, te, hi."

    def add_arguments(self, parser):
        parser.add_argument(
            "--admin",
            action="store_true",
            help="Also create the superuser 'admin' (password from DEMO_ADMIN_PASSWORD, default 'physio-demo').",
        )

    def handle(self, *args, admin=False, **options):
        created = load_demo()
        if admin:
            self._ensure_admin()
        if created:
            summary = ", ".join(f"{count} {name}" for name, count in sorted(created.items()))
            self.stdout.write(self.style.SUCCESS(f"Demo content created: {summary}."))
        else:
            self.stdout.write("Demo content already present; nothing changed.")

    def _ensure_admin(self):
        user_model = get_user_model()
        if not user_model.objects.filter(username="admin").exists():
            password = os.environ.get("DEMO_ADMIN_PASSWORD", "physio-demo")
            user_model.objects.create_superuser("admin", "admin@example.com", password)
            self.stdout.write("Created superuser 'admin'.")
