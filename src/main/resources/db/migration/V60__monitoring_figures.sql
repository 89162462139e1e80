-- The monitoring module's monthly figures (issue 14, ADR 0034): one row per centre, operator (null: the centre as a
-- whole), month, indicator and detail (an activity for the meetings, '' otherwise), recomputed from the owners'
-- views by a job that runs once per cluster. The dashboard reads only this table: a centre's 13 months are a few
-- thousand rows behind one index probe, whatever the size of the case data.
create table monitoring_figure
(
    centre_code   varchar(20)    not null references centre (code),
    operator_id   uuid,
    operator_name varchar(200)   not null default '',
    month         date           not null check (extract(day from month) = 1),
    indicator     varchar(40)    not null,
    detail        varchar(20)    not null default '',
    value         numeric(14, 2) not null,
    refreshed_at  timestamptz    not null
);
create unique index monitoring_figure_key
    on monitoring_figure (centre_code, month, indicator, detail,
                          coalesce(operator_id, '00000000-0000-0000-0000-000000000000'::uuid));
create index monitoring_figure_month on monitoring_figure (month, centre_code);
