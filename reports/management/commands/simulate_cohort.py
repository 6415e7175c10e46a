from django.core.management.base import BaseCommand

from reports.simulation import simulate_cohort


class Command(BaseCommand):
    help = (
        "Simulate a cohort of trainees on the demo courses (deterministic; run again: nothing changes) "
        "so that the training reports show something."
    )

    def add_arguments(self, parser):
        parser.add_argument("--trainees", type=int, default=400)
        parser.add_argument("--seed", type=int, default=2028)
        parser.add_argument("--reset", action="store_true", help="Replace the simulated trainees.")

    def handle(self, *args, trainees, seed, reset, **options):
        simulate_cohort(trainees=trainees, seed=seed, reset=reset, log=self.stdout.write)
