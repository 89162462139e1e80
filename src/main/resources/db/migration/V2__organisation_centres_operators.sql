create table centre
(
    id       uuid primary key,
    code     varchar(20)  not null unique,
    name     varchar(200) not null,
    province varchar(2)   not null,
    address  varchar(300) not null,
    active   boolean      not null default true,
    version  bigint       not null
);

create table operator
(
    id            uuid primary key,
    username      varchar(100) not null unique,
    full_name     varchar(200) not null,
    email         varchar(254) not null,
    password_hash varchar(200),
    active        boolean      not null default true,
    version       bigint       not null
);
create index operator_email on operator (lower(email));

create table operator_role
(
    operator_id uuid        not null references operator (id),
    role        varchar(30) not null check (role in ('OPERATOR', 'COORDINATOR', 'ADMIN', 'MATCHING_OPERATOR')),
    primary key (operator_id, role)
);

create table operator_centre
(
    operator_id uuid        not null references operator (id),
    centre_code varchar(20) not null references centre (code),
    primary key (operator_id, centre_code)
);
