-- An engagement's meetings (count, delivered minutes: GuidanceService.engagements, on every worker file and guidance
-- page) were found by scanning the whole meeting table: 2.1 s per worker file at 2 million meetings. With this
-- index the page takes 19 ms at the median (docs/performance.md).
create index meeting_engagement on meeting (engagement_id);
