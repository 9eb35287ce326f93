// Runs the npm WordPress REST client (wpapi) against a running Nashir and checks what it gets.
// Usage: WP_EXPECT='{"sectionA":1,...}' node client-test.js http://localhost:8080
// WordPressClientIT makes the content through the Nashir API and passes its ids in WP_EXPECT.
// Exits 0 when every check passes; otherwise prints the first mismatch and exits 1.
'use strict';

const WPAPI = require('wpapi');

const base = process.argv[2];
if (!base || !process.env.WP_EXPECT) {
  console.error('usage: WP_EXPECT=<json> node client-test.js <baseUrl>');
  process.exit(2);
}
const x = JSON.parse(process.env.WP_EXPECT);
const wp = new WPAPI({ endpoint: base + '/wp-json' });

function check(ok, what, got) {
  if (!ok) {
    throw new Error(what + (got === undefined ? '' : ' — got ' + JSON.stringify(got)));
  }
}

function ids(list) {
  return list.map((p) => p.id);
}

function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

async function main() {
  // List: the newest posts of the whole site, WordPress's default page of 10.
  const latest = await wp.posts();
  check(Array.isArray(latest) && latest.length > 0 && latest.length <= 10, 'posts() lists up to 10 posts', latest.length);
  check(latest._paging && latest._paging.total >= 4, 'posts() has _paging.total from X-WP-Total', latest._paging);
  for (const p of latest) {
    check(typeof p.title.rendered === 'string' && typeof p.content.rendered === 'string' && p.status === 'publish',
      'every post has title.rendered, content.rendered and status "publish"', p.id);
  }

  // Filter by category, and by several.
  const inA = await wp.posts().categories(x.sectionA);
  check(same(ids(inA), [x.p3, x.p2, x.p1]), 'categories(A) gives p3, p2, p1 newest first', ids(inA));
  const inAB = await wp.posts().categories([x.sectionA, x.sectionB]);
  check(same(ids(inAB), [x.p4, x.p3, x.p2, x.p1]), 'categories([A, B]) gives the four posts', ids(inAB));

  // Paginate: per_page 2, page 2, the total, and following the Link header.
  const page1 = await wp.posts().categories(x.sectionA).perPage(2);
  check(same(ids(page1), [x.p3, x.p2]), 'page 1 of 2 per page', ids(page1));
  check(page1._paging.total === 3 && page1._paging.totalPages === 2, '_paging.total 3 and totalPages 2', page1._paging);
  check(page1._paging.next !== undefined, 'page 1 links to a next page');
  const page2 = await wp.posts().categories(x.sectionA).perPage(2).page(2);
  check(same(ids(page2), [x.p1]), 'page 2 holds the oldest', ids(page2));
  check(page2._paging.total === 3 && page2._paging.prev !== undefined && page2._paging.next === undefined,
    'page 2 has _paging.total 3, a previous page and no next', page2._paging);
  const followed = await page1._paging.next.get();
  check(same(ids(followed), [x.p1]), 'following _paging.next gives page 2', ids(followed));

  // Filter by tag, and by tag within a category.
  const tagged = await wp.posts().tags(x.tag1);
  check(same(ids(tagged), [x.p2, x.p1]), 'tags(tag1) gives p2, p1', ids(tagged));
  const both = await wp.posts().categories(x.sectionA).tags([x.tag2]);
  check(same(ids(both), [x.p3, x.p2]), 'categories(A).tags([tag2]) gives p3, p2', ids(both));

  // Fetch by slug: an Arabic slug, as the client sends it.
  const bySlug = await wp.posts().slug(x.p3Slug);
  check(bySlug.length === 1 && bySlug[0].id === x.p3 && bySlug[0].slug === x.p3Slug, 'slug() finds p3', ids(bySlug));

  // One post by id, with its author and featured image embedded.
  const one = await wp.posts().id(x.p1).embed();
  check(one.id === x.p1 && one.featured_media === x.mediaId, 'posts().id(p1) has featured_media', one.featured_media);
  const emb = one._embedded;
  check(emb && emb.author && emb.author[0].id === x.author && emb.author[0].name === x.authorName,
    '_embedded.author is the author', emb && emb.author);
  check(emb.author[0].email === undefined, 'no email in the embedded author');
  const media = emb['wp:featuredmedia'];
  check(media && media[0].id === x.mediaId && media[0].source_url.startsWith(base + '/media/') && media[0].media_type === 'image',
    '_embedded["wp:featuredmedia"] is the library image', media);
  check(Array.isArray(emb['wp:term']) && emb['wp:term'][0][0].id === x.sectionA, '_embedded["wp:term"] starts with the category');
  const listEmbedded = await wp.posts().categories(x.sectionA).embed();
  const p2 = listEmbedded.find((p) => p.id === x.p2);
  check(p2 && p2._embedded.author[0].id === x.deskUser, 'a desk byline embeds the desk as the author', p2 && p2._embedded);

  // The other collections.
  const category = await wp.categories().id(x.sectionA);
  check(category.id === x.sectionA && category.count === 3 && category.taxonomy === 'category', 'categories().id(A)', category);
  const tag = await wp.tags().id(x.tag1);
  check(tag.id === x.tag1 && tag.count === 2, 'tags().id(tag1) counts two public posts', tag);
  const user = await wp.users().id(x.author);
  check(user.name === x.authorName && user.email === undefined, 'users().id(author)', user);
  const image = await wp.media().id(x.mediaId);
  check(image.id === x.mediaId && /^image\//.test(image.mime_type), 'media().id(image)', image);
  const pages = await wp.pages();
  check(Array.isArray(pages) && pages.length === 0, 'pages() is an empty list', pages);

  // Discovery: given only the site's address, the client finds the API from the Link header.
  const found = await WPAPI.discover(base + '/');
  const discovered = await found.posts().perPage(1);
  check(found._options.endpoint === base + '/wp-json/' && discovered.length === 1, 'WPAPI.discover(site) binds to /wp-json/',
    found._options.endpoint);

  // A draft is not there; the error arrives in WordPress's shape.
  try {
    await wp.posts().id(x.draft);
    check(false, 'a draft must not be readable');
  } catch (e) {
    check(e.code === 'rest_post_invalid_id' && e.data && e.data.status === 404, 'a draft answers rest_post_invalid_id 404', e.code || e.message);
  }
}

main().then(() => {
  console.log('wpapi client: all checks passed');
}, (e) => {
  console.error('wpapi client: ' + (e && e.message ? e.message : JSON.stringify(e)));
  process.exit(1);
});
