from .loose_object import LooseObject as LooseObject
