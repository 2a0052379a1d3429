"""Upload every file of a directory in one session, sequentially, as the reference page's
multi-file loop does."""

import os
import sys

import httpx

from geopera import Geopera

client = Geopera(token=os.environ["GEOPERA_API_TOKEN"], base_url=os.environ["GEOPERA_API_URL"])

PROJECT_ID = os.environ.get("GEOPERA_PROJECT_ID", "proj_dev")
DIR = sys.argv[1]
files = [(name, "application/octet-stream") for name in sorted(os.listdir(DIR))]
total = sum(os.path.getsize(os.path.join(DIR, name)) for name, _ in files)

session = client.uploads.initiate({
    "project_id": PROJECT_ID,
    "transfer_method": "cli",
    "file_count": len(files),
    "total_bytes": total,
})
upload_id = session.id

try:
    for file_name, content_type in files:
        signed = client.uploads.signed_url({
            "upload_id": upload_id,
            "file_name": file_name,
            "content_type": content_type,
        })
        with open(os.path.join(DIR, file_name), "rb") as fh:
            httpx.put(
                signed.upload_url,
                content=fh.read(),
                headers={"Content-Type": content_type},
                timeout=None,
            ).raise_for_status()

    result = client.uploads.complete({"upload_id": upload_id})
    print('{"upload_id": "%s", "files": %d, "items": %d}' % (upload_id, len(files), len(result["item_ids"])))
except Exception as exc:
    client.uploads.fail({
        "upload_id": upload_id,
        "error_message": str(exc),
        "error_step": "transfer",
    })
    raise
