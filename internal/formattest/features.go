package formattest

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/virtualglobaltaskforce/vgt"
)

// features is a small record that holds one of each thing the formats must
// map and the synthetic alliances lack: a member whose jurisdiction is a
// subdivision (GB-EAW), a seat that passes to a successor, a unit named as
// holder of the chair for a person (HSI for the DHS) and of a membership,
// a parent named as holder with no person (the NCA for CEOP), holders'
// titles, an election,
// a vote and the sources' own words, a renamed official name, a plan
// fulfilled and one not, a disputed and an unconfirmed claim, milestones of
// every status, a quote spoken as Chair, reported speech, and an
// organization's own statement.
const features = `{
  "alliance": {"id": "1bc59415-3610-4b6b-9a06-fd2e22c77193",
    "names": [{"text": "Virtual Global Taskforce", "lang": "en", "kind": "official"}, {"text": "VGT", "kind": "acronym"}],
    "milestones": [
      {"date": "2003", "text": "The alliance is created.", "source": "https://example.org/created"},
      {"date": "2011-06", "text": "A new website is due to go live.", "source": "https://example.org/website", "status": "planned"},
      {"date": "[2015-11-11..]", "text": "Ernie Allen is chairman of the alliance.", "source": "https://example.org/allen", "status": "disputed"},
      {"date": "2004", "text": "The alliance is established.", "source": "https://example.org/established", "status": "unconfirmed"}]},
  "organizations": [
    {"id": "cff1dd6b-ce74-4bff-8fa6-8764e816430a", "names": [{"text": "National Crime Squad for England and Wales", "lang": "en", "kind": "official"}, {"text": "NCS", "kind": "acronym"}],
     "jurisdiction": "GB-EAW", "kind": "nationalAgency"},
    {"id": "5a6bfcce-67fb-4f09-8e7c-b61492cba798", "names": [{"text": "Child Exploitation and Online Protection Centre", "lang": "en", "kind": "official"}, {"text": "CEOP", "kind": "acronym"}],
     "jurisdiction": "GB", "kind": "nationalAgency"},
    {"id": "44a29fbd-ac0a-42ee-9fe6-69b1eedd356e", "names": [{"text": "United States Department of Homeland Security", "lang": "en", "kind": "official"}, {"text": "DHS", "kind": "acronym"}],
     "jurisdiction": "US", "kind": "nationalAgency"},
    {"id": "850778be-d4c4-4ce9-9774-1d58684b7d3f", "names": [{"text": "Homeland Security Investigations", "lang": "en", "kind": "official"}, {"text": "HSI", "kind": "acronym"}],
     "parent": "44a29fbd-ac0a-42ee-9fe6-69b1eedd356e"},
    {"id": "3744f760-3a8d-42b9-90fb-1c17ccebd5bb", "names": [{"text": "Federal Bureau of Investigation", "lang": "en", "kind": "official"}, {"text": "FBI", "kind": "acronym"}],
     "jurisdiction": "US", "kind": "nationalAgency"},
    {"id": "c9104de5-c189-4e9a-af22-5677fd767e85", "names": [{"text": "ECPAT International", "lang": "en", "kind": "official"}]},
    {"id": "d6e5c848-1276-46b0-9c0f-b3e223810733", "names": [{"text": "NetClean", "lang": "en", "kind": "official"}]}],
  "people": [
    {"id": "82aad158-dd73-42c1-ab57-b4aaaff9444b", "name": "Jim Gamble"},
    {"id": "bd08c334-4a57-4bd3-a13b-68668c80f8e6", "name": "Ian Quinn"},
    {"id": "4ef89a65-5148-47da-915c-d8db8d36fe3e", "name": "Wendy Hart"}],
  "announcements": [
    {"id": "1696ed7d-4820-4580-a900-19705bc70aa9", "title": "Global Taskforce aims to reduce on-line child abuse", "published": "2005-01-27",
     "publisher": "4NI", "source": "https://example.org/4ni", "language": "en",
     "quotes": [{"speaker": "82aad158-dd73-42c1-ab57-b4aaaff9444b", "organization": "cff1dd6b-ce74-4bff-8fa6-8764e816430a",
       "capacity": "Deputy Director General of the National Crime Squad", "post": "chair", "text": "Child abuse is one of the worst crimes."}],
     "changes": [
       {"kind": "joined", "effective": "2003", "organization": "cff1dd6b-ce74-4bff-8fa6-8764e816430a", "role": "member", "words": "founding members"},
       {"kind": "joined", "effective": "2003", "organization": "44a29fbd-ac0a-42ee-9fe6-69b1eedd356e", "role": "member"},
       {"kind": "listed", "organization": "cff1dd6b-ce74-4bff-8fa6-8764e816430a", "post": "chair", "person": "82aad158-dd73-42c1-ab57-b4aaaff9444b", "title": "Chair of the Virtual Global Taskforce"}]},
    {"id": "1200540b-f328-4365-8162-162b2f640ec7", "title": "Cybercop crusade", "published": "2006-04-19",
     "publisher": "The Guardian", "source": "https://example.org/guardian", "language": "en",
     "changes": [{"kind": "succeeded", "effective": "2006-04", "organization": "cff1dd6b-ce74-4bff-8fa6-8764e816430a", "successor": "5a6bfcce-67fb-4f09-8e7c-b61492cba798"}]},
    {"id": "49005b2a-548e-4b78-a322-a073804e6841", "title": "New industry support for Virtual Global Taskforce", "published": "[2011-04-07..2011-05-31]",
     "publisher": "Europol", "source": "https://example.org/europol", "language": "en",
     "changes": [{"kind": "joined", "effective": "[2011-03..2011-04]", "organization": "c9104de5-c189-4e9a-af22-5677fd767e85", "role": "partner", "category": "nonGovernmental", "words": "private industry partners"}]},
    {"id": "4ec76bc9-d705-4f63-a03d-85dc448f4aaa", "title": "Virtual Global Taskforce announces new members", "published": "2012-12-14",
     "publisher": "CEOP", "source": "https://example.org/ceop", "language": "en",
     "quotes": [{"speaker": "bd08c334-4a57-4bd3-a13b-68668c80f8e6", "organization": "850778be-d4c4-4ce9-9774-1d58684b7d3f", "post": "chair", "text": "The VGT is excited."}],
     "changes": [
       {"kind": "elected", "effective": "2012-11", "organization": "850778be-d4c4-4ce9-9774-1d58684b7d3f", "post": "chair", "person": "bd08c334-4a57-4bd3-a13b-68668c80f8e6", "words": "elected to chair"},
       {"kind": "appointed", "effective": "[2012-12-01..2012-12-12]", "organization": "850778be-d4c4-4ce9-9774-1d58684b7d3f", "post": "chair", "person": "bd08c334-4a57-4bd3-a13b-68668c80f8e6",
        "title": "deputy assistant director, ICE HSI"},
       {"kind": "votedIn", "effective": "[2012-12-01..2012-12-14]", "organization": "d6e5c848-1276-46b0-9c0f-b3e223810733", "role": "partner", "category": "industry", "words": "private sector partners"},
       {"kind": "joined", "status": "planned", "effective": "2013-04", "organization": "d6e5c848-1276-46b0-9c0f-b3e223810733", "role": "partner", "category": "industry", "words": "officially become VGT members"}]},
    {"id": "4f5b8e1e-6f0a-4c3e-9d5e-0a1b2c3d4e5f", "title": "2 new private partners join Virtual Global Taskforce", "published": "2013-02-27",
     "publisher": "ICE", "source": "https://example.org/ice", "language": "en",
     "changes": [
       {"kind": "joined", "effective": "[2013-02-01..2013-02-27]", "organization": "d6e5c848-1276-46b0-9c0f-b3e223810733", "role": "partner", "category": "industry", "words": "industry partners"},
       {"kind": "listed", "organization": "850778be-d4c4-4ce9-9774-1d58684b7d3f", "role": "member", "words": "law enforcement agencies"}]},
    {"id": "aa2aa6bd-967b-4991-85a5-6a86f0e14465", "title": "National Crime Agency open for business", "published": "2013-10-08",
     "publisher": "Martin Partington", "source": "https://example.org/nca", "language": "en",
     "organizations": [{"id": "ccef4049-8a8b-499c-ae66-ac359c2d8b3f", "names": [{"text": "National Crime Agency", "lang": "en", "kind": "official"}, {"text": "NCA", "kind": "acronym"}]}],
     "changes": [
       {"kind": "parentChanged", "effective": "2013-10-07", "organization": "5a6bfcce-67fb-4f09-8e7c-b61492cba798", "parent": "ccef4049-8a8b-499c-ae66-ac359c2d8b3f"},
       {"kind": "renamed", "effective": "2013-10-07", "organization": "5a6bfcce-67fb-4f09-8e7c-b61492cba798",
        "name": {"text": "Child Exploitation and Online Protection Command", "lang": "en", "kind": "official"}}]},
    {"id": "9d2917de-5d13-45ca-b1e4-c3851f1b8a42", "title": "NCA takes the chair", "published": "2021-10-20",
     "publisher": "NCA", "source": "https://example.org/nca-chair", "language": "en",
     "quotes": [{"organization": "ccef4049-8a8b-499c-ae66-ac359c2d8b3f", "text": "The NCA is proud to chair the VGT."}],
     "changes": [{"kind": "appointed", "effective": "2021-10", "organization": "ccef4049-8a8b-499c-ae66-ac359c2d8b3f", "post": "chair", "words": "since October 2021"}]},
    {"id": "59a19d21-8091-4288-a298-a6df20e375ff", "title": "Encryption statement", "published": "[2023-04-19..2023-04-30]",
     "publisher": "MediaNama", "source": "https://example.org/medianama", "language": "en",
     "quotes": [{"speaker": "4ef89a65-5148-47da-915c-d8db8d36fe3e", "organization": "ccef4049-8a8b-499c-ae66-ac359c2d8b3f",
       "capacity": "NCA deputy director", "reported": true, "text": "The VGT met first in 2004."}],
     "changes": [
       {"kind": "listed", "status": "unconfirmed", "organization": "3744f760-3a8d-42b9-90fb-1c17ccebd5bb", "role": "member"},
       {"kind": "listed", "status": "disputed", "organization": "44a29fbd-ac0a-42ee-9fe6-69b1eedd356e", "post": "chair", "words": "chaired the VGT from 2009 to 2019"},
       {"kind": "joined", "status": "planned", "effective": "2024", "organization": "3744f760-3a8d-42b9-90fb-1c17ccebd5bb", "role": "member", "words": "will join"}]}]
}`

// Features returns the alliance of a small record that holds one of each
// thing the formats must map and the synthetic alliances lack (see
// Cases).
func Features(t testing.TB) *vgt.Alliance {
	t.Helper()
	a, err := vgt.Load(strings.NewReader(features))
	require.NoError(t, err)
	return a
}
