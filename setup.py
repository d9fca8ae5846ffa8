"""The build copies the top-level rules/ and templates/ into the wheel as package data (intake/_data/).

They stay at the top of the repository, where the coordinator's programme finds and edits them; the
installed package reads them through intake/resources.py. Everything else is in pyproject.toml.
"""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

DATA_DIRS = ("rules", "templates")


class BuildWithRulesAndTemplates(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads them from the checkout
            return
        for name in DATA_DIRS:
            self.copy_tree(name, str(Path(self.build_lib) / "intake" / "_data" / name))


setup(cmdclass={"build_py": BuildWithRulesAndTemplates})
