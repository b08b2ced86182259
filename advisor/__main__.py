"""``python -m advisor FOLDER``: validate catalogue or knowledge files by hand."""

import sys
from pathlib import Path

from advisor.catalogue_reader import CatalogueError, read_catalogue, read_knowledge

if __name__ == "__main__":
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "resources")
    try:
        methods = read_catalogue(root / "catalogue")
        items = read_knowledge(root / "knowledge")
    except CatalogueError as error:
        sys.exit(str(error))
    print(f"{len(methods)} methoden en {len(items)} kennisitems zijn geldig.")
