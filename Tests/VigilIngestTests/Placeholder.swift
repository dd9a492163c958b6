// Placeholder so the package builds before this target's first real test lands; delete it.
