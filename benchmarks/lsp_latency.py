"""Language-server latency: from a didChange (or didSave) to the diagnostics that answer it.

A real client (pygls's, over stdio) opens a ~2,000-word article made of clean dev news
articles (../shared/data/news/dev/, kept in memory only), then edits one sentence N times and
saves N times. Model-free diagnostics include the 0.1 s debounce; model diagnostics are measured
warm (after the model is loaded by the open).

    python benchmarks/lsp_latency.py [--words 2000] [--edits 10]

Prints a table and writes benchmarks/results/lsp_latency.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types as lsp
from pygls.lsp.client import LanguageClient

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "news" / "dev" / "articles.jsonl"


def article(words: int) -> str:
    paragraphs: list[str] = []
    count = 0
    for line in DEV.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        for sentence_run in record["text"].split(". "):
            taken = sentence_run.split()[: words - count]
            if taken:
                paragraphs.append(" ".join(taken).rstrip(".") + ".")
                count += len(taken)
            if count >= words:
                return "# Test article\n\n" + "\n\n".join(paragraphs) + "\n"
    return "# Test article\n\n" + "\n\n".join(paragraphs) + "\n"


async def measure(words: int, edits: int) -> dict:
    text = article(words)
    folder = Path(tempfile.mkdtemp())
    path = folder / "long.md"
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    client = LanguageClient("factlint-benchmark", "1")
    published: list[tuple[float, int]] = []

    @client.feature(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def _published(params: lsp.PublishDiagnosticsParams) -> None:
        published.append((time.perf_counter(), params.version or 0))

    await client.start_io(sys.executable, "-m", "factlint.linter.cli", "lsp")
    await client.initialize_async(lsp.InitializeParams(capabilities=lsp.ClientCapabilities()))
    client.initialized(lsp.InitializedParams())
    start = time.perf_counter()
    client.text_document_did_open(
        lsp.DidOpenTextDocumentParams(
            text_document=lsp.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text)
        )
    )

    async def wait_for(version: int, after: float, count: int = 1) -> float:
        while True:
            hits = [t for t, v in published if v == version and t >= after]
            if len(hits) >= count:
                return hits[count - 1] - after
            await asyncio.sleep(0.005)

    open_quick = await wait_for(1, start)
    open_model = await wait_for(1, start, count=2)
    change, save = [], []
    for n in range(edits):
        version = n + 2
        edited = text.replace("# Test article", f"# Test article {n}", 1)
        t0 = time.perf_counter()
        client.text_document_did_change(
            lsp.DidChangeTextDocumentParams(
                text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[lsp.TextDocumentContentChangeWholeDocument(text=edited)],
            )
        )
        change.append(await wait_for(version, t0))
        t1 = time.perf_counter()
        client.text_document_did_save(
            lsp.DidSaveTextDocumentParams(text_document=lsp.TextDocumentIdentifier(uri=uri))
        )
        save.append(await wait_for(version, t1))
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return {
        "words": len(text.split()),
        "edits": edits,
        "open_model_free_s": round(open_quick, 3),
        "open_with_model_cold_s": round(open_model, 3),
        "change_to_diagnostics_median_s": round(statistics.median(change), 3),
        "change_to_diagnostics_max_s": round(max(change), 3),
        "debounce_s": 0.1,
        "save_to_model_diagnostics_median_s": round(statistics.median(save), 3),
        "save_to_model_diagnostics_max_s": round(max(save), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=2000)
    parser.add_argument("--edits", type=int, default=10)
    args = parser.parse_args()
    if not DEV.exists():
        sys.exit(f"needs {DEV}")
    result = asyncio.run(measure(args.words, args.edits))
    for key, value in result.items():
        print(f"{key:40} {value}")
    out = ROOT / "benchmarks" / "results" / "lsp_latency.json"
    out.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
