"""Install anime_study from settings.ini (nbdev 2 layout): `pip install -e .` or `pip install -e ".[dev]"`."""
from configparser import ConfigParser
from pathlib import Path

import setuptools

here = Path(__file__).parent
cfg = ConfigParser(delimiters=['='])
cfg.read(here/'settings.ini', encoding='utf-8')
cfg = cfg['DEFAULT']

def _reqs(key):
    "Space-separated requirements from settings.ini."
    return cfg.get(key, '').split()

setuptools.setup(
    name=cfg['lib_name'],
    version=cfg['version'],
    description=cfg['description'],
    long_description=(here/'README.md').read_text(encoding='utf-8') if (here/'README.md').exists() else '',
    long_description_content_type='text/markdown',
    author=cfg['author'],
    author_email=cfg['author_email'],
    license='Apache-2.0',
    python_requires=f">={cfg['min_python']}",
    packages=setuptools.find_namespace_packages(include=['anime_study', 'anime_study.*']),
    include_package_data=True,
    package_data={'anime_study': ['assets/*', 'configs/*.yaml'], 'anime_study.configs': ['*.yaml'], 'anime_study.assets': ['*']},
    install_requires=_reqs('requirements'),
    extras_require={'dev': _reqs('dev_requirements')},
    entry_points={'console_scripts': cfg['console_scripts'].split(),
                  'nbdev': [f"{cfg['lib_path']}={cfg['lib_path']}._modidx:d"]},
    zip_safe=False,
)
