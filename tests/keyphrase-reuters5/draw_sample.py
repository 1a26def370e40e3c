"""Draws the 40 Reuters 1987 articles of the seventh key phrase sample by a rule fixed before any was read (README.md).

Usage (from the repository root):
  python3 tests/keyphrase-reuters5/draw_sample.py [../shared/data/unlabeled-news] [/tmp/kp7/reuters7] > /tmp/splits.json
Writes each chosen article under the output folder (never into the repository: the texts are not ours), prints the
splits file ({"tune": [...20], "check": [...20]}) and writes it as tests/keyphrase-reuters5/splits.json, the record
(or, once that is committed, checks the draw against it and stops if they differ).

Rule: the third sample's (tests/keyphrase-reuters/draw_sample.py), applied by the fourth sample's draw()
(tests/keyphrase-reuters2/draw_sample.py), which this script calls with its seed and exclusions, as the fifth's and
sixth's do: in reuters21578-1987.txt.gz (one story per line), the lines whose body (the line less its upper-case
headline, as the second sample splits it) has 300-1000 words split on white space, whose first 30 words no earlier such
line began with (a story sent twice), that are prose (at most 8% of the words hold a digit; no word `vs` or `Shr`; a
headline of its own), and that are in none of the second sample (tests/keyphrase-newswire/splits.json), the third
(tests/keyphrase-reuters/splits.json), the fourth (tests/keyphrase-reuters2/splits.json), the fifth
(tests/keyphrase-reuters3/splits.json) or the sixth (tests/keyphrase-reuters4/splits.json). Those lines, in file order,
are shuffled by Python's random.Random(20261211) and the first 40 taken; in that drawn order the even positions (0, 2,
...) are the tune part, the odd ones the check part. Files are written as the earlier samples write them
(`<title>\\n\\n<body>\\n`, the sign-off `Reuter` dropped), with the id `reuters/<line number from 0, five digits>.txt`.
"""
import importlib.util, os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location(
    'keyphrase_reuters2_draw', os.path.join(HERE, '..', 'keyphrase-reuters2', 'draw_sample.py'))
fourth = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fourth)  # the fourth sample's script: the third's rule, applied by its draw()

SEED = 20261211
EARLIER = ('keyphrase-newswire', 'keyphrase-reuters', 'keyphrase-reuters2', 'keyphrase-reuters3', 'keyphrase-reuters4')

if __name__ == '__main__':
    fourth.draw(HERE, SEED, EARLIER, '/tmp/kp7/reuters7')
