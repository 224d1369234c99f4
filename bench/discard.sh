# Sourced by bench/run and bench/history: how a benchmark gets rid of a previous output folder.
#
# This machine's root file system is ext4 without a journal. There, ext4 will not reuse an inode
# freed in the last 60 seconds (RECENTCY_MIN in fs/ext4/ialloc.c; 360 while its inode table
# block has not been written back), and finding a free one scans past every recently freed
# inode (perf: find_inode_bit, recently_deleted). Creating the ~23,000 files and folders of a
# 10,000-minute site right after `rm -rf` of the previous one cost 5–17 s of system time, for
# Acta and Hugo alike, and made every figure noisy. So outputs are moved aside, not deleted,
# and deleted together when the benchmark ends (its own deletions, and leftovers from an earlier
# run that was cut short, are waited out before the first measurement).

TRASH="$WORK/trash"

# discard DIR: moves DIR out of the way (instant: no inode is freed)
discard() {
  [ -e "$1" ] || return 0
  mkdir -p "$TRASH"
  mv "$1" "$TRASH/$(basename "$1").$(date +%s%N)"
}

# empty_trash [WAIT]: deletes the discarded outputs; with WAIT, then writes the freed inodes
# back (sync) and sleeps until ext4 would reuse them again (61 s)
empty_trash() {
  [ -d "$TRASH" ] || return 0
  rm -rf "$TRASH"
  if [ "${1:-}" = wait ]; then
    echo "== waiting 61 s after deleting old outputs (ext4 without a journal: see bench/discard.sh)"
    sync
    sleep 61
  fi
}
