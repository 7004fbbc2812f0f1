"""Train the project's own Dutch and English syntax pipelines from the UD treebanks.

    python training/train_syntax.py                 # both languages, the full run (< 45 min on 2 cores)
    python training/train_syntax.py --lang nl --max-steps 200 --work /tmp/try   # a quick trial

Steps per language: convert the CoNLL-U files to spaCy's DocBin format, split off a development
slice, train `training/syntax.cfg` with a fixed seed, evaluate on the held-out test set with gold
tokens (`spacy evaluate --gold-preproc`), and copy the best model into `ingest/syntax/<lang>/` with
its licence and sources in meta.json. The test sets never enter training or the development slice.
CI never runs this: the trained pipelines are shipped in the repository.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

from spacy.tokens import DocBin
from spacy.training.converters import conllu_to_docs

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TREEBANKS = ROOT.parent / "shared" / "treebanks"
SHIPPED = ROOT / "ingest" / "syntax"
SEED = 42
SENTS_PER_DOC = 10

# Training material per language; the test file is held out (newspaper text for Dutch).
TREEBANK_FILES = {
    "nl": {
        "train": ["nl/nl_alpino-ud-dev.conllu", "nl/nl_lassysmall-ud-dev.conllu", "nl/nl_lassysmall-ud-test.conllu"],
        "dev": None,  # a slice of the training files: Dutch has no separate train split here
        "test": "nl/nl_alpino-ud-test.conllu",
        "sources": ["UD_Dutch-Alpino (dev)", "UD_Dutch-LassySmall (dev, test)"],
    },
    "en": {
        "train": ["en/en_ewt-ud-train.conllu"],
        "dev": "en/en_ewt-ud-dev.conllu",
        "test": "en/en_ewt-ud-test.conllu",
        "sources": ["UD_English-EWT (train, dev)"],
    },
}
DEV_EVERY = 10  # with no dev split, every tenth converted document is the development slice
LICENSE = "CC BY-SA 4.0"
LICENSE_URL = "https://creativecommons.org/licenses/by-sa/4.0/"


def conllu_docs(relative: str) -> list:
    text = (TREEBANKS / relative).read_text(encoding="utf-8")
    return list(conllu_to_docs(text, n_sents=SENTS_PER_DOC, no_print=True))


def write_docbin(docs: list, path: Path) -> int:
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    return sum(len(d) for d in docs)


def prepare(lang: str, work: Path) -> dict[str, Path]:
    """Convert the treebanks of `lang` into train/dev/test DocBins under `work`."""
    files = TREEBANK_FILES[lang]
    work.mkdir(parents=True, exist_ok=True)
    train = [doc for name in files["train"] for doc in conllu_docs(name)]
    if files["dev"]:
        dev = conllu_docs(files["dev"])
    else:
        dev = [doc for i, doc in enumerate(train) if i % DEV_EVERY == DEV_EVERY - 1]
        train = [doc for i, doc in enumerate(train) if i % DEV_EVERY != DEV_EVERY - 1]
    test = conllu_docs(files["test"])
    paths = {split: work / f"{lang}-{split}.spacy" for split in ("train", "dev", "test")}
    for split, docs in (("train", train), ("dev", dev), ("test", test)):
        words = write_docbin(docs, paths[split])
        print(f"[{lang}] {split}: {len(docs)} docs, {words} words -> {paths[split]}", flush=True)
    return paths


def spacy_cli(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "spacy", *args], check=True)


def train(lang: str, paths: dict[str, Path], work: Path, max_steps: int | None) -> Path:
    out = work / f"{lang}-model"
    overrides = ["--nlp.lang", lang, "--paths.train", str(paths["train"]), "--paths.dev", str(paths["dev"]),
                 "--system.seed", str(SEED)]
    if max_steps:
        overrides += ["--training.max_steps", str(max_steps), "--training.eval_frequency", str(max(50, max_steps // 4))]
    spacy_cli("train", str(HERE / "syntax.cfg"), "--output", str(out), *overrides)
    return out / "model-best"


def evaluate(model: Path, test: Path, work: Path, lang: str) -> dict:
    metrics = work / f"{lang}-test-metrics.json"
    spacy_cli("evaluate", str(model), str(test), "--gold-preproc", "--output", str(metrics))
    scores = json.loads(metrics.read_text())
    return {"upos": scores["pos_acc"], "morph": scores["morph_acc"], "uas": scores["dep_uas"],
            "las": scores["dep_las"], "sents_f": scores.get("sents_f")}


def ship(lang: str, model: Path, test_scores: dict, seconds: float) -> Path:
    target = SHIPPED / lang
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(model, target)
    meta_path = target / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta.update({
        "name": f"kb_syntax_{lang}", "version": "1.0.0",
        "description": f"claims-kb's own {lang} syntax: tok2vec, morphologizer (UPOS and features), parser.",
        "license": LICENSE, "url": LICENSE_URL, "author": "claims-kb",
        "sources": [{"name": name, "license": LICENSE, "url": "https://universaldependencies.org/"}
                    for name in TREEBANK_FILES[lang]["sources"]],
        "kb_test_set": TREEBANK_FILES[lang]["test"], "kb_test_scores": test_scores,
        "kb_training_seconds": round(seconds), "kb_seed": SEED,
    })
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
    for license_file in (TREEBANKS / lang).glob("LICENSE-*"):
        shutil.copy(license_file, target / license_file.name)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", nargs="+", default=["nl", "en"], choices=sorted(TREEBANK_FILES))
    parser.add_argument("--work", type=Path, default=HERE / "work", help="converted data and training output")
    parser.add_argument("--max-steps", type=int, default=None, help="override the config's step count (trials)")
    parser.add_argument("--no-ship", action="store_true", help="train and evaluate, but leave ingest/syntax alone")
    parser.add_argument("--sequential", action="store_true", help="one language after the other (default: in parallel)")
    args = parser.parse_args(argv)
    if not TREEBANKS.is_dir():
        print(f"error: no treebanks at {TREEBANKS}", file=sys.stderr)
        return 1
    started = time.monotonic()
    if len(args.lang) > 1 and not args.sequential:  # one language per core: spaCy trains on one
        children = [subprocess.Popen([sys.executable, __file__, "--lang", lang, "--work", str(args.work)]
                                     + (["--max-steps", str(args.max_steps)] if args.max_steps else [])
                                     + (["--no-ship"] if args.no_ship else [])) for lang in args.lang]
        codes = [child.wait() for child in children]
        print(f"all languages in {(time.monotonic() - started) / 60:.1f} min", flush=True)
        return max(codes)
    for lang in args.lang:
        train_one(lang, args)
    return 0


def train_one(lang: str, args) -> None:
    started = time.monotonic()
    paths = prepare(lang, args.work)
    model = train(lang, paths, args.work, args.max_steps)
    seconds = time.monotonic() - started
    scores = evaluate(model, paths["test"], args.work, lang)
    print(f"[{lang}] test ({TREEBANK_FILES[lang]['test']}): " + ", ".join(
        f"{k} {v:.3f}" for k, v in scores.items() if v is not None) + f"; trained in {seconds / 60:.1f} min",
        flush=True)
    if not args.no_ship:
        print(f"[{lang}] shipped to {ship(lang, model, scores, seconds)}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
