// Reads feeds with rss-parser (a feed reader library from npm) and prints what it understood as JSON.
//   node rss-check.mjs URL...
import Parser from 'rss-parser';

const parser = new Parser({ customFields: { feed: ['language'], item: [['dc:creator', 'creator']] } });
const out = [];
for (const url of process.argv.slice(2)) {
  const feed = await parser.parseURL(url);
  out.push({
    url,
    title: feed.title,
    language: feed.language ?? null,
    link: feed.link,
    items: feed.items.map(i => ({
      title: i.title,
      link: i.link,
      id: i.guid ?? i.id ?? null,
      isoDate: i.isoDate ?? null,
      creator: i.creator ?? i.author ?? null,
      categories: i.categories ?? [],
      enclosure: i.enclosure ?? null,
      content: i['content:encoded'] ?? i.content ?? null,
    })),
  });
}
console.log(JSON.stringify(out));
