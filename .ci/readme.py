"""Write README.md from nbs/index.ipynb (Quarto is unavailable here): markdown cells as they are,
code cells as fenced Python with their text outputs; cells with an nbdev `#| hide` directive left out.
A markdown line `<!-- include PATH -->` (PATH relative to the repository) is followed by that file's
text, so tables copied from results/ cannot drift from the files the experiments wrote."""
from pathlib import Path
import nbformat

root = Path(__file__).resolve().parents[1]
nb = nbformat.read(root/'nbs'/'index.ipynb', as_version=4)
parts = []
for cell in nb.cells:
    src = cell.source.strip()
    if not src: continue
    lines = src.splitlines()
    if any(l.replace(' ', '') in ('#|hide', '#|hide_input') for l in lines if l.startswith('#')): continue
    if cell.cell_type == 'markdown':
        out = []
        for l in lines:
            out.append(l)
            if l.startswith('<!-- include ') and l.endswith('-->'):
                f = root/l[len('<!-- include '):-3].strip()
                out.append('\n' + f.read_text(encoding='utf-8').strip() if f.is_file() else f'(missing: {f.relative_to(root)})')
        parts.append('\n'.join(out))
    elif cell.cell_type == 'code':
        code = '\n'.join(l for l in lines if not l.startswith('#|'))
        parts.append(f'```python\n{code}\n```')
        outs = [o.get('text', '') for o in cell.get('outputs', []) if o.get('output_type') == 'stream']
        if ''.join(outs).strip(): parts.append('```\n' + ''.join(outs).rstrip() + '\n```')
text = '<!-- generated from nbs/index.ipynb by .ci/readme.py: edit the notebook, not this file -->\n\n'
(root/'README.md').write_text(text + '\n\n'.join(parts) + '\n', encoding='utf-8')
print('wrote README.md')
