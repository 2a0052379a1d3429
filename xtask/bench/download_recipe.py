"""Download an asset the way the Python SDK's reference page does: descriptor, httpx.stream."""

import os
import sys

import httpx

from geopera import Geopera

client = Geopera(token=os.environ["GEOPERA_API_TOKEN"], base_url=os.environ["GEOPERA_API_URL"])

ITEM_ID = sys.argv[1]
DEST = sys.argv[2]

descriptor = client.items.asset.download({
    "item_id": ITEM_ID,
    "asset_id": "visual",
})
href = descriptor["url"]

written = 0
with httpx.stream("GET", href) as resp:
    resp.raise_for_status()
    with open(DEST, "wb") as fh:
        for chunk in resp.iter_bytes():
            fh.write(chunk)
            written += len(chunk)
print('{"bytes": %d}' % written)
