"""Two-word searches from article addresses (stdin: /news/ID/slug lines; the slug is the headline's words),
as the archive benchmarks search: two words of more than two letters of each headline, drawn with a fixed seed.
With --url each is printed as the search page's address, else as the words alone."""
import random
import sys
import urllib.parse

random.seed(7)
as_url = "--url" in sys.argv[1:]
for line in sys.stdin:
    slug = line.strip().split("/")[-1]
    words = [w for w in urllib.parse.unquote(slug).split("-") if len(w) > 2]
    if len(words) >= 2:
        text = " ".join(random.sample(words, 2))
        print("/search?q=" + urllib.parse.quote(text) if as_url else text)
