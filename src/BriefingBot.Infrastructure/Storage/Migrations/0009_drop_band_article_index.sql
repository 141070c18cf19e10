-- article_bands_article (0002) served only ON DELETE CASCADE from articles, and nothing deletes articles: the
-- archive keeps what it stored. It was the writer's sixteen extra index rows per article (issue 6: dropping it
-- took 7-17% off the bulk writer's CPU on 30,000 synthetic articles). A delete by hand still cascades; it scans
-- article_bands instead of seeking.
DROP INDEX article_bands_article;
