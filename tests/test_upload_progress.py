"""The server's memory of upload steps: the latest step wins, and it never grows without bound."""

from policylink.api.upload_progress import MAX_ENTRIES, UploadProgress


def test_the_latest_step_of_each_upload_is_kept_and_the_oldest_uploads_are_forgotten_first() -> None:
    progress = UploadProgress()
    progress.report("tai-len-dau", "a.pdf", "read")
    progress.report("tai-len-dau", "a.pdf", "extract")
    assert (progress.get("tai-len-dau").file, progress.get("tai-len-dau").step) == ("a.pdf", "extract")
    for n in range(MAX_ENTRIES):
        progress.report(f"tai-len-{n:05d}", f"{n}.txt", "read")
    assert progress.get("tai-len-dau") is None  # the oldest went when the limit was passed
    assert progress.get("tai-len-00000").step == "read"
    progress.report("tai-len-00000", "0.txt", "done")  # a new step makes it the newest again
    progress.report("tai-len-moi", "moi.txt", "read")
    assert progress.get("tai-len-00000").step == "done" and progress.get("tai-len-00001") is None
