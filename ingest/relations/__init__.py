"""Relations between entities, from the pattern lists in the lexicons (relation_patterns).

Pattern kinds:
  role_compound  "Amazon-oprichter Jeff Bezos", "Tesla CEO Elon Musk"   -> rel(B, A)
  role_of        "Musk, de CEO van Tesla", "founder of OpenAI"         -> rel(B, A)
  between        "SpaceX heeft xAI overgenomen", "X geïntegreerd in xAI" -> rel(A, B)
  pair_after     "de fusie tussen xAI en SpaceX"                         -> rel(A, B)
  list_after     "haalde xAI op bij Nvidia, Cisco en Qatar"              -> rel(each, subject)
  passive_by     "werd door Musk opgericht", "founded by Musk"           -> rel(B, subject)
  plan_object    "CASC wil een Space Cloud bouwen"                       -> plans(A, B)
  possessed_plan "China's plan to field Guowang and Qianfan"             -> plans(owner, each)
  its_apposition "Colossus 2, its second data center"                    -> owns(subject, B) / product_of(B, subject)
  possessive     "Alibaba's Qwen-3" -> product_of(B, A); "Musk's SpaceX" -> owns(A, B)

The trip, top to bottom: build -> actions, roles, names (the matchers, one module per kind of tie) ->
lists (ties over coordinated names) -> dating -> phrases (the patterns compiled, the names around a phrase).
"""
from .build import build_relations

__all__ = ["build_relations"]
