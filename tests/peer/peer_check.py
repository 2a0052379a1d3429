"""Peer check: the official Geopera Python SDK (geopera==2.1.0, unmodified) drives
geopera-mock through the flows of the "Uploads & downloads" reference page.

Usage: python peer_check.py BASE_URL   (or GEOPERA_MOCK_URL in the environment)

The mock must run with the dev token `gpra_dev` and a storage quota well below 1 TB
(run.sh starts it with --quota-bytes 100000000). Exits non-zero on the first mismatch.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
import time
import traceback

import httpx

from geopera import AuthenticatedClient, Geopera
from geopera.api.operations import (
    items_asset_download,
    uploads_complete,
    uploads_fail,
    uploads_initiate,
    uploads_signed_url,
)
from geopera.models import (
    AssetDownloadInput,
    HTTPValidationError,
    Problem,
    SignedUrlInput,
    UploadFailInput,
    UploadInitiate,
    UploadOutput,
    UploadsCompleteBodyType0,
)

TOKEN = "gpra_dev"
CONTENT_TYPE = "image/tiff"
# The reference page says "signed_url"; spec 2.0.0 only allows browser|cli|cloud_transfer.
TRANSFER_METHOD = "cli"

BASE_URL = (sys.argv[1] if len(sys.argv) > 1 else os.environ.get("GEOPERA_MOCK_URL", "")).rstrip("/")
CHECKS: list[str] = []


def check(cond: bool, what: str) -> None:
    if not cond:
        raise AssertionError(what)
    CHECKS.append(what)


def mock(path: str):
    """Inspection endpoints of geopera-mock (not part of the Geopera API)."""
    r = httpx.get(f"{BASE_URL}/_mock/{path}")
    r.raise_for_status()
    return r.json()


def write_file(directory: str, name: str, size: int, seed: int) -> str:
    path = os.path.join(directory, name)
    block = bytes((i * 31 + seed) % 256 for i in range(4096))
    with open(path, "wb") as fh:
        left = size
        while left > 0:
            fh.write(block[: min(left, len(block))])
            left -= len(block)
    return path


def sha256_of(path: str) -> str:
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def put_streaming(url: str, path: str, content_type: str) -> httpx.Response:
    """The page's advice for large files: stream from disk, never read it whole."""
    with open(path, "rb") as fh:
        return httpx.put(url, content=fh, headers={"Content-Type": content_type}, timeout=None)


def fluent_single_file(client: Geopera, project_id: str, workdir: str) -> tuple[str, str]:
    """Fluent single-file upload with progress, as in "Complete upload example"."""
    file_path = write_file(workdir, "harbour_2024.tif", 300_000, 7)
    total_bytes = os.path.getsize(file_path)

    session = client.uploads.initiate({
        "project_id": project_id,
        "transfer_method": TRANSFER_METHOD,
        "file_count": 1,
        "total_bytes": total_bytes,
    })
    check(isinstance(session, UploadOutput), "uploads.initiate returns UploadOutput")
    upload_id = session.id
    check(upload_id.startswith("u_"), "upload ids look like u_...")
    check(sum(r["bytes"] for r in mock("reservations")) == total_bytes, "initiate reserves total_bytes")

    try:
        signed = client.uploads.signed_url({
            "upload_id": upload_id,
            "file_name": "harbour_2024.tif",
            "content_type": CONTENT_TYPE,
        })
        check(bool(signed.upload_url) and bool(signed.object_path), "SignedUrlOutput has upload_url and object_path")

        with open(file_path, "rb") as fh:
            put = httpx.put(signed.upload_url, content=fh.read(), headers={"Content-Type": CONTENT_TYPE}, timeout=None)
        put.raise_for_status()

        progress = client.uploads.progress({
            "upload_id": upload_id,
            "status": "uploading",
            "bytes_uploaded": total_bytes,
        })
        check(isinstance(progress, UploadOutput) and progress.id == upload_id, "uploads.progress returns UploadOutput")

        result = client.uploads.complete({"upload_id": upload_id})
    except Exception as exc:
        client.uploads.fail({"upload_id": upload_id, "error_message": str(exc), "error_step": "transfer"})
        raise

    check(isinstance(result, dict), "uploads.complete returns a decoded dict")
    check(result["id"] == upload_id, "complete result carries the upload id")
    item_ids = result["item_ids"]
    check(len(item_ids) == 1 and item_ids[0].startswith("it_"), "one item it_... per single-file upload")
    again = client.uploads.complete({"upload_id": upload_id})
    check(again == result, "completing twice is a no-op with the same result")

    sessions = {s["id"]: s for s in mock("sessions")}
    check(sessions[upload_id]["state"] == "completed", "session is completed")
    check(sessions[upload_id]["bytes_uploaded"] == total_bytes, "progress was recorded")
    objects = {o["path"]: o for o in mock("objects")}
    check(objects[signed.object_path]["sha256"] == sha256_of(file_path), "stored object equals the file")
    check(mock("reservations") == [], "complete released the reservation")
    return item_ids[0], file_path


def fluent_multi_file(client: Geopera, project_id: str, workdir: str) -> None:
    """"Multi-file uploads": one session, one signed URL per file, one complete."""
    files = [("scene_b04.tif", CONTENT_TYPE), ("scene_b08.tif", CONTENT_TYPE)]
    paths = [write_file(workdir, name, 70_000 + i * 1_234, i) for i, (name, _) in enumerate(files)]
    total = sum(os.path.getsize(p) for p in paths)
    session = client.uploads.initiate({
        "project_id": project_id,
        "transfer_method": TRANSFER_METHOD,
        "file_count": len(files),
        "total_bytes": total,
    })
    upload_id = session.id
    try:
        for (file_name, content_type), path in zip(files, paths):
            signed = client.uploads.signed_url({
                "upload_id": upload_id,
                "file_name": file_name,
                "content_type": content_type,
            })
            put_streaming(signed.upload_url, path, content_type).raise_for_status()
        result = client.uploads.complete({"upload_id": upload_id})
    except Exception as exc:
        client.uploads.fail({"upload_id": upload_id, "error_message": str(exc), "error_step": "transfer"})
        raise
    check(len(result["item_ids"]) == len(files), "multi-file upload completes with one item per file")
    check(mock("reservations") == [], "multi-file complete released the reservation")


def generated_escape_hatch(base_url: str, project_id: str, workdir: str) -> str:
    """"The generated escape hatch (uploads)" with UploadsCompleteBodyType0.from_dict."""
    client = AuthenticatedClient(base_url=base_url, token=TOKEN)
    file_path = write_file(workdir, "generated.tif", 123_457, 3)
    total_bytes = os.path.getsize(file_path)
    session = uploads_initiate.sync(
        client=client,
        body=UploadInitiate(
            project_id=project_id,
            transfer_method=TRANSFER_METHOD,
            file_count=1,
            total_bytes=total_bytes,
        ),
    )
    check(isinstance(session, UploadOutput), "generated uploads_initiate.sync returns UploadOutput")
    upload_id = session.id
    try:
        signed = uploads_signed_url.sync(
            client=client,
            body=SignedUrlInput(upload_id=upload_id, file_name="generated.tif", content_type=CONTENT_TYPE),
        )
        with open(file_path, "rb") as fh:
            httpx.put(signed.upload_url, content=fh.read(), headers={"Content-Type": CONTENT_TYPE}, timeout=None).raise_for_status()
        detailed = uploads_complete.sync_detailed(
            client=client,
            body=UploadsCompleteBodyType0.from_dict({"upload_id": upload_id}),
        )
    except Exception as exc:
        uploads_fail.sync(
            client=client,
            body=UploadFailInput(upload_id=upload_id, error_message=str(exc), error_step="transfer"),
        )
        raise
    check(detailed.status_code == 200, "sync_detailed exposes status_code 200")
    check(detailed.headers["content-type"] == "application/json", "sync_detailed exposes headers")
    check(detailed.parsed["id"] == upload_id and len(detailed.parsed["item_ids"]) == 1, "UploadsCompleteBodyType0.from_dict carries upload_id")
    item_id = detailed.parsed["item_ids"][0]

    descriptor = items_asset_download.sync(client=client, body=AssetDownloadInput(item_id=item_id, asset_id="visual"))
    check(isinstance(descriptor, dict) and "url" in descriptor, "generated items_asset_download returns a descriptor dict")
    return item_id


def quota_402_branch(client: Geopera, project_id: str) -> None:
    """"Errors and edge cases": branch on 402 with detailed=True."""
    resp = client.uploads.initiate(
        {"project_id": project_id, "transfer_method": TRANSFER_METHOD, "total_bytes": 10**12},
        detailed=True,
    )
    check(resp.status_code == 402, "quota exceeded is HTTP 402")
    check(resp.parsed is None, "402 is not a documented status of the generated client (parsed is None)")
    body = httpx.Response(402, content=resp.content).json()
    check(resp.headers["content-type"] == "application/problem+json", "402 is problem+json")
    check(body["type"] == "about:blank" and body["status"] == 402 and body["title"] == "Payment Required", "402 Problem shape")
    check(Problem.from_dict(body).status == 402, "402 body parses as the SDK's Problem model")
    check(mock("reservations") == [], "a refused initiate reserves nothing")

    ok = client.uploads.initiate(
        {"project_id": project_id, "transfer_method": TRANSFER_METHOD, "total_bytes": 1},
        detailed=True,
    )
    check(ok.status_code == 200 and isinstance(ok.parsed, UploadOutput), "detailed=True success has parsed UploadOutput")
    client.uploads.fail({"upload_id": ok.parsed.id, "error_message": "not needed"})

    bad = client.uploads.initiate({"project_id": project_id, "transfer_method": "signed_url"})
    check(isinstance(bad, HTTPValidationError), "the page's transfer_method 'signed_url' fails spec validation (422)")
    check(list(bad.detail[0].loc) == ["body", "transfer_method"], "422 loc points at the field")


def fail_on_error_path(client: Geopera, project_id: str, workdir: str) -> None:
    """The try/except pattern: a transfer error leads to uploads.fail, releasing quota."""
    file_path = write_file(workdir, "doomed.tif", 50_000, 9)
    session = client.uploads.initiate({
        "project_id": project_id,
        "transfer_method": TRANSFER_METHOD,
        "file_count": 1,
        "total_bytes": os.path.getsize(file_path),
    })
    upload_id = session.id
    check(len(mock("reservations")) == 1, "the doomed session holds a reservation")
    raised = False
    try:
        signed = client.uploads.signed_url({"upload_id": upload_id, "file_name": "doomed.tif", "content_type": CONTENT_TYPE})
        # A stale/tampered URL: storage answers 403 and raise_for_status raises.
        tampered = signed.upload_url[:-1] + ("0" if signed.upload_url[-1] != "0" else "1")
        put_streaming(tampered, file_path, CONTENT_TYPE).raise_for_status()
    except httpx.HTTPStatusError as exc:
        raised = True
        check(exc.response.status_code == 403, "storage refuses a bad signature with 403")
        check(exc.response.headers["content-type"] == "application/xml", "storage errors are XML")
        failed = client.uploads.fail({"upload_id": upload_id, "error_message": str(exc), "error_step": "transfer"})
        check(isinstance(failed, UploadOutput) and failed.id == upload_id, "uploads.fail returns UploadOutput")
    check(raised, "the transfer error was raised")
    sessions = {s["id"]: s for s in mock("sessions")}
    check(sessions[upload_id]["state"] == "failed", "session is failed")
    check(sessions[upload_id]["error_step"] == "transfer", "error_step recorded")
    check(mock("reservations") == [], "uploads.fail released the reservation")


def download_asset(client: Geopera, item_id: str, original: str, workdir: str) -> None:
    """"Download example (fluent)": descriptor, then a streamed GET of its URL."""
    descriptor = client.items.asset.download({"item_id": item_id, "asset_id": "visual"})
    check(isinstance(descriptor, dict), "items.asset.download returns a decoded dict")
    for field in ("url", "expires_at", "size", "content_type", "filename"):
        check(field in descriptor, f"descriptor has {field}")
    href = descriptor["url"]
    target = os.path.join(workdir, "visual.tif")
    with httpx.stream("GET", href) as resp:
        resp.raise_for_status()
        with open(target, "wb") as fh:
            for chunk in resp.iter_bytes():
                fh.write(chunk)
    check(sha256_of(target) == sha256_of(original), "downloaded bytes equal the uploaded bytes")
    check(descriptor["size"] == os.path.getsize(original), "descriptor size matches")
    check(descriptor.get("sha256") == sha256_of(original), "descriptor sha256 matches")
    with httpx.stream("GET", href, headers={"Range": "bytes=0-99"}) as resp:
        check(resp.status_code == 206 and len(resp.read()) == 100, "Range GET returns 206 with 100 bytes")


def plain(value):
    """A parsed answer as a dict: typed models through to_dict(), untyped as they are."""
    return value if isinstance(value, dict) else value.to_dict()


def round_trip(client: Geopera, family: str, id_field: str, create_body: dict, scope: dict, list_op, update: dict) -> None:
    """create -> get -> list (finds it) -> update -> get (sees it) -> delete -> get (404)."""
    ns = getattr(client, family)
    created = plain(ns.create(create_body))
    oid = created["id"]
    check(created["organization_id"] == "org_dev", f"{family}.create owns the object")
    got = plain(ns.get({id_field: oid, **scope}))
    got = got.get("item", got)
    check(got["id"] == oid, f"{family}.get finds the created object")
    listed = plain(list_op({**scope}))
    ids = [o["id"] for o in listed["items"]]
    check(oid in ids, f"{family}.list finds the created object")
    plain(ns.update({id_field: oid, **scope, **update}))
    again = plain(ns.get({id_field: oid, **scope}))
    again = again.get("item", again)
    check(all(again[k] == v for k, v in update.items()), f"{family}.get sees the update")
    plain(ns.delete({id_field: oid, **scope}))
    gone = ns.get({id_field: oid, **scope}, detailed=True)
    check(gone.status_code == 404, f"{family}.get after delete is 404")


def resource_families(client: Geopera, project_id: str) -> None:
    """Three families keep what was done to them, through the unmodified SDK."""
    round_trip(client, "items", "item_id",
               {"type": "user_raster", "name": "peer scene", "project_id": project_id},
               {}, lambda scope: client.items.list({"project_id": project_id}),
               {"name": "peer scene, renamed"})
    round_trip(client, "band_formulas", "formula_id",
               {"name": "ndvi", "formula": "(b8-b4)/(b8+b4)"},
               {}, lambda scope: client.band_formulas.list({}),
               {"description": "vegetation"})
    round_trip(client, "collections", "collection_id",
               {"name": "harbour", "project_id": project_id},
               {"project_id": project_id}, lambda scope: client.collections.list(scope),
               {"name": "harbour, renamed"})
    missing = client.items.list({"project_id": "proj_missing"}, detailed=True)
    check(missing.status_code == 404, "items.list of an unknown project is 404")


def walk(fetch, pages_of, family: str) -> list[str]:
    """Every id of a list, page by page, by the family's stop rule."""
    ids: list[str] = []
    page, token = 0, None
    while True:
        answer = plain(fetch(page, token, len(ids)))
        batch = pages_of(answer)
        ids.extend(o["id"] for o in batch)
        page += 1
        if family == "cursor":
            token = answer.get("next")
            if token is None:
                return ids
        elif len(batch) < 7:
            return ids
        if page > 100:
            raise AssertionError(f"{family} walk does not end")


def paging_families(client: Geopera, project_id: str) -> None:
    """One list of each paging family walks 25 objects with no repeat and no gap."""
    made = {client.items.create({"type": "user_raster", "name": f"p{i}", "project_id": project_id}).id for i in range(25)}
    ids = walk(lambda page, token, seen: client.items.list({"project_id": project_id, "limit": 7, "offset": seen}),
               lambda a: a["items"], "offset")
    check(made <= set(ids) and len(ids) == len(set(ids)), "items.list (limit/offset) pages without gap or repeat")

    made = {plain(client.orders.place({"workspaceId": "ws", "dataProduct": f"dp{i}"}))["id"] for i in range(25)}
    ids = walk(lambda page, token, seen: client.orders.list({"page": page, "size": 7}),
               lambda a: a["content"], "page/size")
    check(set(ids) == made and len(ids) == 25, "orders.list (page/size) pages without gap or repeat")

    made = {plain(client.processing.create({"process_id": f"p{i}"}))["id"] for i in range(25)}
    ids = walk(lambda page, token, seen: client.processing.jobs.list({"page": page, "limit": 7}),
               lambda a: a["items"], "limit/page")
    check(set(ids) == made and len(ids) == 25, "processing.jobs.list (limit/page) pages without gap or repeat")

    made = set()
    for i in range(25):
        r = httpx.post(f"{BASE_URL}/_mock/resources/catalog", json={"scene": i, "host_name": "peer"})
        r.raise_for_status()
        made.add(r.json()["id"])
    ids = walk(lambda page, token, seen: client.catalog.search({"host_name": "peer", "limit": 7, **({"next": token} if token else {})}),
               lambda a: a["items"], "cursor")
    check(set(ids) == made and len(ids) == 25, "catalog.search (next cursor) pages without gap or repeat")


def clip_downloads(client: Geopera, org_id: str, workdir: str) -> None:
    """"Downloading a clip job": list with clip.job.downloads, resolve with clip.job.download."""
    job = client.clip.create_from_area({
        "area": "sydney-harbour",
        "mosaic_types": ["visual", "ndvi"],
        "aoi_geometry": {"type": "Point", "coordinates": [151.21, -33.85]},
        "organization_id": org_id,
    })
    job_id = job["id"]
    check(job_id.startswith("job_") and job["status"] in ("pending", "running"), "clip job starts running")
    status = None
    for _ in range(50):
        status = client.clip.job.get({"job_id": job_id})["status"]
        if status == "completed":
            break
        time.sleep(0.1)
    check(status == "completed", "clip job completes when polled")

    available = client.clip.job.downloads({"job_id": job_id})
    kinds = sorted(d["mosaic_type"] for d in available["downloads"])
    check(kinds == ["ndvi", "visual"], "clip.job.downloads lists every mosaic")

    one = client.clip.job.download({
        "job_id": job_id,
        "mosaic_type": "visual",
        "user_agent": "peer-check/1.0",
        "requester_ip": "203.0.113.7",
    })
    href = one["url"]
    target = os.path.join(workdir, "clip_visual.tif")
    with httpx.stream("GET", href) as resp:
        resp.raise_for_status()
        with open(target, "wb") as fh:
            for chunk in resp.iter_bytes():
                fh.write(chunk)
    with open(target, "rb") as fh:
        data = fh.read()
    check(data[:4] == b"II*\x00", "clip mosaic is a little-endian TIFF")
    check(len(data) == one["size"] and hashlib.sha256(data).hexdigest() == one["sha256"], "clip download matches its descriptor")
    egress = [e for e in mock("egress") if e["resource_id"] == job_id]
    check(len(egress) == 1 and egress[0]["user_agent"] == "peer-check/1.0" and egress[0]["requester_ip"] == "203.0.113.7", "egress attributed to user_agent/requester_ip")


def main() -> int:
    if not BASE_URL:
        print("usage: peer_check.py BASE_URL", file=sys.stderr)
        return 2
    client = Geopera(token=TOKEN, base_url=BASE_URL)
    check(isinstance(client.client, AuthenticatedClient), "fluent client exposes AuthenticatedClient at .client")
    project = client.projects.create({"name": "peer-check"})
    project_id = project.id
    check(project_id.startswith("proj_"), "projects.create returns a proj_... id")

    with tempfile.TemporaryDirectory(prefix="geopera-peer-") as workdir:
        item_id, original = fluent_single_file(client, project_id, workdir)
        print("ok   fluent single-file upload + progress")
        for name, step in [
            ("fluent multi-file upload", lambda: fluent_multi_file(client, project_id, workdir)),
            ("generated escape hatch (UploadsCompleteBodyType0.from_dict)", lambda: generated_escape_hatch(BASE_URL, project_id, workdir)),
            ("detailed=True 402 branch", lambda: quota_402_branch(client, project_id)),
            ("uploads.fail on the error path", lambda: fail_on_error_path(client, project_id, workdir)),
            ("items.asset.download + streamed GET", lambda: download_asset(client, item_id, original, workdir)),
            ("clip.job.downloads + clip.job.download", lambda: clip_downloads(client, project.organization_id, workdir)),
            ("create/get/list/update/delete on items, band_formulas, collections", lambda: resource_families(client, project_id)),
            ("one list of each paging family", lambda: paging_families(client, project_id)),
        ]:
            step()
            print(f"ok   {name}")

    leaked = [r for r in mock("requests") if r["method"] == "PUT" and r["has_authorization"]]
    check(not leaked, "the SDK recipe never sends the Geopera token to storage")
    print(f"peer check passed: {len(CHECKS)} assertions")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception:
        traceback.print_exc()
        print(f"peer check FAILED after {len(CHECKS)} passing assertions", file=sys.stderr)
        sys.exit(1)
