import django; django.setup()
from django.utils import translation
from django.db import connection
from django.test.utils import CaptureQueriesContext
from search import service
import time
with translation.override('en'):
    p = service.SearchParams(query='cameras', language_code='en')
    service.search(p)
    t = time.perf_counter()
    for i in range(5): o = service.search(p)
    print('service ms', (time.perf_counter()-t)/5*1000, o.count)
    with CaptureQueriesContext(connection) as q:
        service.search(p)
    for x in q.captured_queries:
        print(x['time'], x['sql'][:120])
    slow = sorted(q.captured_queries, key=lambda x: -float(x['time']))[:3]
    with connection.cursor() as c:
        for x in slow[:2]:
            c.execute("EXPLAIN ANALYZE " + x['sql'])
            print("\n".join(r[0] for r in c.fetchall())[:3500])
            print('-----')
