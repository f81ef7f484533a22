"""Querysets compiled to SQL once per shape, then run again with other ids.

Django builds and compiles a queryset's SQL every time it is evaluated. For the detail's
queries (the wide, translated page tables under the public-pages filter) that costs more
than running them: of the page query's 3.8 ms, 1.9 ms is building and compiling it. A
``CompiledQuery`` builds its queryset once per shape with marker ids, keeps the SQL and the
compiler's row layout, and on each call puts the caller's ids where the markers were.

On PostgreSQL each compiled query is also a prepared statement of the connection (``PREPARE``
once per database session, then ``EXECUTE`` with the ids), so the server parses and plans it
once too; ``DATABASE_PREPARED_STATEMENTS=false`` turns that off (PgBouncer in transaction mode).

Only integer ids vary between calls: single ids, and lists of ids, whose length is part of
the shape. Everything else the queryset depends on is in the ``shape`` the caller passes,
which must be hashable and, with the active language, determine the SQL. Results are what
iterating the queryset gives: model instances, with annotations and ``select_related``
objects, or, for ``values_list`` of plain columns, tuples. ``prefetch_related`` is refused.
"""

import itertools
import threading
import weakref
from dataclasses import dataclass

from django.conf import settings
from django.db import connections
from django.db.models.query import RelatedPopulator
from django.utils import translation

# Ids no row has (negative, far from any sequence), one per id the shape takes.
FIRST_MARKER = -(2**31) + 1
MAX_SHAPES = 512

# The statements each PostgreSQL connection has prepared, by its psycopg2 connection.
_prepared = weakref.WeakKeyDictionary()
_prepared_lock = threading.Lock()
_statement_numbers = itertools.count(1)


@dataclass(frozen=True)
class _Compiled:
    sql: str
    # Per SQL parameter: ``(None, value)`` for a fixed value, ``(argument, index)`` for an id
    # (``index`` None for a single id, else the position in the list).
    params: tuple
    # PostgreSQL: the statement's name and its ``PREPARE``, whose ``$n`` are the ids in ``slots``.
    name: str | None
    prepare: str | None
    slots: tuple
    converters: dict
    model: type | None  # None: values_list tuples
    init_list: tuple  # the fields' attnames; for values_list, the column of each value
    model_columns: slice
    annotations: tuple
    related: tuple

    def bind(self, ids, positions):
        return [
            value if argument is None else (ids[argument] if value is None else ids[argument][value])
            for argument, value in positions
        ]


class CompiledQuery:
    """``CompiledQuery(build)``: ``build(*shape, *ids)`` returns the queryset; calling the
    ``CompiledQuery`` with ``(shape, *ids)`` returns the list its evaluation would."""

    def __init__(self, build):
        self._build = build
        self._compiled = {}
        self._lock = threading.Lock()

    def __call__(self, shape, *ids, using="default"):
        # An id out of any integer column's range matches no row (ids are only ever matched).
        ids = tuple([i for i in value if _in_range(i)] if isinstance(value, (list, tuple)) else value for value in ids)
        if not all(map(_bindable, ids)):
            # Django answers these without SQL (an empty IN, an id no integer column holds).
            return list(self._build(*shape, *ids))
        lengths = tuple(len(value) if isinstance(value, list) else None for value in ids)
        # The active language is part of the shape: modeltranslation writes it into lookups.
        key = (using, translation.get_language(), shape, lengths)
        compiled = self._compiled.get(key)
        if compiled is None:
            compiled = self._compile(shape, lengths, using)
            with self._lock:
                if len(self._compiled) >= MAX_SHAPES:
                    self._compiled.clear()
                self._compiled[key] = compiled
        return _run(compiled, ids, connections[using])

    def _compile(self, shape, lengths, using):
        markers, next_marker = {}, FIRST_MARKER
        marked_ids = []
        for argument, length in enumerate(lengths):
            count = 1 if length is None else length
            values = list(range(next_marker, next_marker + count))
            next_marker += count
            for index, marker in enumerate(values):
                markers[marker] = (argument, None if length is None else index)
            marked_ids.append(values[0] if length is None else values)
        queryset = self._build(*shape, *marked_ids)
        if queryset._prefetch_related_lookups:
            raise ValueError("CompiledQuery does not support prefetch_related")
        compiler = queryset.query.get_compiler(using=using)
        sql, params = compiler.as_sql()
        bound = tuple((markers[value] if _is_marker(value, markers) else (None, value)) for value in params)
        if {position for position in bound if position[0] is not None} != set(markers.values()):
            raise ValueError("every id of a CompiledQuery must be among its SQL parameters")
        fields = [column[0] for column in compiler.select[: compiler.col_count]]
        statement = (sql, bound, *_prepared_statement(sql, bound, connections[using]), compiler.get_converters(fields))
        if queryset._fields is not None:
            if getattr(queryset, "translation_fields", None):
                raise ValueError("CompiledQuery gives plain columns only, not translated fields with fallback")
            # The columns come in ``_fields`` order, which need not be the order asked for
            # (modeltranslation keeps them in a set): ``init_list`` holds each asked field's column.
            asked = getattr(queryset, "original_fields", None) or queryset._fields
            order = tuple(queryset._fields.index(name) for name in asked)
            return _Compiled(*statement, None, order, slice(0), (), ())
        klass_info, select = compiler.klass_info, compiler.select
        start, end = klass_info["select_fields"][0], klass_info["select_fields"][-1] + 1
        return _Compiled(
            *statement,
            model=klass_info["model"],
            init_list=tuple(column[0].target.attname for column in select[start:end]),
            model_columns=slice(start, end),
            annotations=tuple(compiler.annotation_col_map.items()),
            related=tuple(
                RelatedPopulator(info, select, using) for info in klass_info.get("related_klass_infos", [])
            ),
        )


def _in_range(value):
    return -(2**63) <= value < 2**63


def _bindable(value):
    return bool(value) if isinstance(value, list) else _in_range(value)


def _is_marker(value, markers):
    return type(value) is int and value in markers


def _prepared_statement(sql, bound, connection):
    """``(name, PREPARE statement, id slots)`` for PostgreSQL, else ``(None, None, ())``."""
    if connection.vendor != "postgresql" or not settings.DATABASE_PREPARED_STATEMENTS:
        return None, None, ()
    from psycopg2.extensions import AsIs

    slots = tuple(dict.fromkeys(position for position in bound if position[0] is not None))
    numbers = {slot: f"${n}" for n, slot in enumerate(slots, start=1)}
    # Fixed values are written into the statement; the ids are its parameters.
    params = [value if argument is None else AsIs(numbers[argument, value]) for argument, value in bound]
    with connection.cursor() as cursor:
        body = cursor.cursor.mogrify(sql, params).decode()
    name = f"compiled_{next(_statement_numbers)}"
    # Typed bigint, not inferred from the columns: an id beyond an integer column's range must
    # match nothing, as it does in plain SQL, rather than fail.
    types = f" ({', '.join(['bigint'] * len(slots))})" if slots else ""
    return name, f"PREPARE {name}{types} AS {body}", slots


def _execute(cursor, compiled, ids, connection):
    if compiled.prepare is None:
        cursor.execute(compiled.sql, compiled.bind(ids, compiled.params))
        return
    # PREPARE lasts as long as the database session, whatever happens to transactions.
    with _prepared_lock:
        prepared = _prepared.setdefault(connection.connection, set())
    if compiled.name not in prepared:
        cursor.execute(compiled.prepare)
        prepared.add(compiled.name)
    values = compiled.bind(ids, compiled.slots)
    arguments = f" ({', '.join(['%s'] * len(values))})" if values else ""
    cursor.execute(f"EXECUTE {compiled.name}{arguments}", values)


def _run(compiled, ids, connection):
    with connection.cursor() as cursor:
        _execute(cursor, compiled, ids, connection)
        rows = cursor.fetchall()
    if compiled.converters:
        rows = [list(row) for row in rows]
        for row in rows:
            for position, (functions, expression) in compiled.converters.items():
                value = row[position]
                for function in functions:
                    value = function(value, expression, connection)
                row[position] = value
    if compiled.model is None:
        return [tuple(row[position] for position in compiled.init_list) for row in rows]
    instances = []
    for row in rows:
        instance = compiled.model.from_db(connection.alias, compiled.init_list, row[compiled.model_columns])
        for populator in compiled.related:
            populator.populate(row, instance)
        for name, position in compiled.annotations:
            setattr(instance, name, row[position])
        instances.append(instance)
    return instances
