"""Upload one file the way the Python SDK's reference page does: read it whole, httpx.put."""

import os
import sys

import httpx

from geopera import Geopera

client = Geopera(token=os.environ["GEOPERA_API_TOKEN"], base_url=os.environ["GEOPERA_API_URL"])

PROJECT_ID = os.environ.get("GEOPERA_PROJECT_ID", "proj_dev")
FILE_PATH = sys.argv[1]
FILE_NAME = os.path.basename(FILE_PATH)
CONTENT_TYPE = "application/octet-stream"

total_bytes = os.path.getsize(FILE_PATH)

session = client.uploads.initiate({
    "project_id": PROJECT_ID,
    "transfer_method": "cli",
    "file_count": 1,
    "total_bytes": total_bytes,
})
upload_id = session.id

try:
    signed = client.uploads.signed_url({
        "upload_id": upload_id,
        "file_name": FILE_NAME,
        "content_type": CONTENT_TYPE,
    })
    with open(FILE_PATH, "rb") as fh:
        put = httpx.put(
            signed.upload_url,
            content=fh.read(),
            headers={"Content-Type": CONTENT_TYPE},
            timeout=None,
        )
    put.raise_for_status()
    result = client.uploads.complete({"upload_id": upload_id})
    print('{"upload_id": "%s", "item_ids": %d}' % (upload_id, len(result["item_ids"])))
except Exception as exc:
    client.uploads.fail({
        "upload_id": upload_id,
        "error_message": str(exc),
        "error_step": "transfer",
    })
    raise
