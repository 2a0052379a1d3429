"""N sequential uploads.progress calls with the fluent Geopera client."""

import os
import sys

from geopera import Geopera

client = Geopera(token=os.environ["GEOPERA_API_TOKEN"], base_url=os.environ["GEOPERA_API_URL"])

PROJECT_ID = os.environ.get("GEOPERA_PROJECT_ID", "proj_dev")
N = int(sys.argv[1])

session = client.uploads.initiate({
    "project_id": PROJECT_ID,
    "transfer_method": "cli",
    "file_count": 1,
    "total_bytes": 1,
})
upload_id = session.id
for i in range(N):
    client.uploads.progress({
        "upload_id": upload_id,
        "status": "uploading",
        "bytes_uploaded": i,
    })
client.uploads.fail({
    "upload_id": upload_id,
    "error_message": "benchmark session",
    "error_step": "transfer",
})
print('{"upload_id": "%s", "calls": %d}' % (upload_id, N))
