"""Attachments → text, per format, with limits, in a child process that can be killed."""

from intake.documents.extractor import extract_document
from intake.documents.limits import DocumentResult, ExtractionLimits
from intake.documents.worker import DocumentWorker, run_documents

__all__ = ["DocumentResult", "DocumentWorker", "ExtractionLimits", "extract_document", "run_documents"]
