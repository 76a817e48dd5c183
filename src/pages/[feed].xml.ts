import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { site } from '../config/site';
import { changeFeedItems, CHANGES_FEED_PATH } from '../lib/site/feed';
import { absoluteUrl, withBase } from '../lib/site/paths';
import { t } from '../i18n/en';

/**
 * The RSS feed of "What's changed" (/changes.xml). A feed needs absolute addresses, so it is
 * written only when the site's address is set (SITE_URL); without it there is no feed and no
 * link to one.
 */
export const getStaticPaths: GetStaticPaths = () =>
  site.siteUrl ? [{ params: { feed: CHANGES_FEED_PATH.replace(/^\/|\.xml$/g, '') } }] : [];

export const GET: APIRoute = async () => {
  const changesUrl = absoluteUrl(withBase('/changes/'));
  if (!site.siteUrl || !changesUrl) throw new Error('The changes feed needs SITE_URL.');
  const entries = (await getCollection('changelog')).map((e) => e.data);
  return rss({
    title: t('feed.title'),
    description: t('feed.description'),
    site: new URL(withBase('/'), `${site.siteUrl}/`).href,
    items: changeFeedItems(entries, changesUrl),
    customData: '<language>en-gb</language>',
  });
};
